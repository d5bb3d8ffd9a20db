<#ftl output_format="HTML">
<#-- index.ftl: the latest posts, one page of index.posts_per_page (index.html, 2/index.html, …). -->
<#import "card.ftl" as c>
<#include "header.ftl">
<#include "menu.ftl">
<h1>Latest news</h1>
<ul class="news-list">
<#list published_posts as post>
<li><@c.card post=post rootpath=content.rootpath/></li>
</#list>
</ul>
<#if (numberOfPages!1) gt 1>
<nav class="pagination" aria-label="Pagination">
<p class="pagination-status">Page ${currentPageNumber?c} of ${numberOfPages?c}</p>
<ul class="pagination-list">
<#if previousFileName??><li class="pagination-item pagination-prev"><a href="${content.rootpath}${previousFileName}" rel="prev">Previous page</a></li></#if>
<#if nextFileName??><li class="pagination-item pagination-next"><a href="${content.rootpath}${nextFileName}" rel="next">Next page</a></li></#if>
</ul>
</nav>
</#if>
<p>Older news is in the <a href="${content.rootpath}${config.archive_file}">archive</a>.</p>
<#include "footer.ftl">
