<#ftl output_format="HTML">
<#-- tags-index.ftl: every tag with its number of posts (tags/index.html). -->
<#include "header.ftl">
<#include "menu.ftl">
<h1>Tags</h1>
<ul class="term-index">
<#list tags?sort_by("name") as t>
<li class="term-index-item"><a class="term-index-title" href="${content.rootpath}${t.uri}">${t.name}</a> <span class="term-index-count">${t.tagged_posts?size} news items</span></li>
</#list>
</ul>
<#include "footer.ftl">
