<#ftl output_format="HTML">
<#-- post.ftl: one news item, with its tags and links to the previous and next post. -->
<#include "header.ftl">
<#include "menu.ftl">
<article class="article">
<h1>${content.title}</h1>
<p class="meta">Published <time datetime="${content.date?string("yyyy-MM-dd")}">${content.date?string("d MMMM yyyy")}</time></p>
<#if (content.summary)?has_content><p class="lead">${content.summary}</p></#if>
<#if (content.image)?has_content>
<figure class="figure">
<img src="${content.rootpath}${content.image?remove_beginning("/")}" alt="${content.image_alt!""}">
</figure>
</#if>
<div class="prose">${content.body?no_esc}</div>
<#if (content.tags)?has_content>
<h2 class="terms-heading">Tags</h2>
<ul class="term-list-items">
<#list content.tags as tag><li><a href="${content.rootpath}${config.tag_path}/${tag}${config.output_extension}">${tag}</a></li></#list>
</ul>
</#if>
</article>
<#if content.previousContent?? || content.nextContent??>
<nav class="prev-next" aria-label="More news">
<ul class="prev-next-list">
<#if content.nextContent??><li><a href="${content.rootpath}${content.nextContent.uri}"><span class="prev-next-label">Newer</span> ${content.nextContent.title}</a></li></#if>
<#if content.previousContent??><li><a href="${content.rootpath}${content.previousContent.uri}"><span class="prev-next-label">Older</span> ${content.previousContent.title}</a></li></#if>
</ul>
</nav>
</#if>
<#include "footer.ftl">
