<#ftl output_format="HTML">
<#--
  card.ftl: one post in a listing, as a macro.

  card post rootpath
    post      a post from published_posts or tag_posts: title, uri, date, summary, tags
    rootpath  the listing page's content.rootpath, so that links work from any folder
    Example: <#import "card.ftl" as c> <@c.card post=post rootpath=content.rootpath/>
-->
<#macro card post rootpath>
<article class="card">
<h2 class="card-title"><a href="${rootpath}${post.uri}">${post.title}</a></h2>
<p class="card-date"><time datetime="${post.date?string("yyyy-MM-dd")}">${post.date?string("d MMMM yyyy")}</time></p>
<#if (post.summary)?has_content><p class="card-lead">${post.summary}</p></#if>
<#if (post.tags)?has_content>
<p class="term-list"><span class="term-list-label">Tags:</span>
<#list post.tags as tag><a href="${rootpath}${config.tag_path}/${tag}${config.output_extension}">${tag}</a><#sep>, </#list></p>
</#if>
</article>
</#macro>
