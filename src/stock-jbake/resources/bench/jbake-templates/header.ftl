<#ftl output_format="HTML">
<#--
  header.ftl: the page shell's top half, from the doctype to the opening of <main>.
  Reads content.title, content.summary, content.lang and content.uri when the page has them;
  listings (index, archive, tags) have none of them and get the site's name and language.
-->
<#assign siteName = config.site_name!"News">
<#assign pageLang = content.lang!config.site_lang!"en">
<!DOCTYPE html>
<html lang="${pageLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if (content.title)?has_content>${content.title} — ${siteName}<#else>${siteName}</#if></title>
<#if (content.summary)?has_content>
<meta name="description" content="${content.summary}">
</#if>
<#if (content.uri)?has_content>
<link rel="canonical" href="${config.site_host}/${content.uri}">
</#if>
<meta name="generator" content="JBake">
<link rel="alternate" type="application/atom+xml" title="${siteName}" href="${content.rootpath}${config.feed_file}">
<link rel="stylesheet" href="${content.rootpath}css/site.css">
</head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
<div class="container site-header-inner">
<div class="site-brand">
<p class="site-name"><a href="${content.rootpath}${config.index_file}">${siteName}</a></p>
<#if (config.site_tagline)?has_content><p class="site-tagline">${config.site_tagline}</p></#if>
</div>
</div>
