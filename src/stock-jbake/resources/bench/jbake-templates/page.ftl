<#ftl output_format="HTML">
<#-- page.ftl: a standing page (about, accessibility statement). -->
<#include "header.ftl">
<#include "menu.ftl">
<article class="article">
<h1>${content.title}</h1>
<#if (content.summary)?has_content><p class="lead">${content.summary}</p></#if>
<div class="prose">${content.body?no_esc}</div>
</article>
<#include "footer.ftl">
