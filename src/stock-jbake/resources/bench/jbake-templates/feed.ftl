<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<#-- feed.ftl: Atom 1.0 feed of the newest feed.entries posts (feed.xml). -->
<#assign limit = (config.feed_entries!"20")?number>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${config.site_name!"News"}</title>
  <id>${config.site_host}/</id>
  <link rel="self" type="application/atom+xml" href="${config.site_host}/${config.feed_file}"/>
  <link rel="alternate" type="text/html" href="${config.site_host}/"/>
  <updated><#if published_posts?has_content>${published_posts[0].date?string("yyyy-MM-dd'T'HH:mm:ssXXX")}<#else>${published_date?string("yyyy-MM-dd'T'HH:mm:ssXXX")}</#if></updated>
  <author>
    <name>${config.site_name!"News"}</name>
  </author>
<#list published_posts as post>
<#if post?index == limit><#break></#if>
  <entry>
    <id>${config.site_host}/${post.uri}</id>
    <title>${post.title}</title>
    <link rel="alternate" type="text/html" href="${config.site_host}/${post.uri}"/>
    <published>${post.date?string("yyyy-MM-dd'T'HH:mm:ssXXX")}</published>
    <updated>${post.date?string("yyyy-MM-dd'T'HH:mm:ssXXX")}</updated>
<#if (post.summary)?has_content>
    <summary>${post.summary}</summary>
</#if>
    <content type="html">${post.body}</content>
<#list post.tags![] as tag>
    <category term="${tag}"/>
</#list>
  </entry>
</#list>
</feed>
