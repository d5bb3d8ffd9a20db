<#ftl output_format="HTML">
<#-- archive.ftl: every post, newest first, grouped by month (archive.html). -->
<#include "header.ftl">
<#include "menu.ftl">
<h1>Archive</h1>
<#list published_posts as post>
<#assign month = post.date?string("MMMM yyyy")>
<#if !(lastMonth??) || month != lastMonth>
<#if lastMonth??></ul></#if>
<h2>${month}</h2>
<ul class="year-list">
</#if>
<li><time datetime="${post.date?string("yyyy-MM-dd")}">${post.date?string("d MMMM")}</time> — <a href="${content.rootpath}${post.uri}">${post.title}</a></li>
<#assign lastMonth = month>
<#if !post?has_next></ul></#if>
</#list>
<#include "footer.ftl">
