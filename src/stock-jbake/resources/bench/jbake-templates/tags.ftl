<#ftl output_format="HTML">
<#-- tags.ftl: every post with one tag (tags/{tag}.html); stock JBake does not paginate it. -->
<#import "card.ftl" as c>
<#include "header.ftl">
<#include "menu.ftl">
<h1>Tag: ${tag}</h1>
<ul class="news-list">
<#list tag_posts as post>
<li><@c.card post=post rootpath=content.rootpath/></li>
</#list>
</ul>
<#include "footer.ftl">
