<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<#-- sitemap.ftl: sitemaps.org sitemap of the home page and every published post and page (sitemap.xml). -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url>
    <loc>${config.site_host}/</loc>
  </url>
<#list published_content as c>
  <url>
    <loc>${config.site_host}/${c.uri}</loc>
    <lastmod>${c.date?string("yyyy-MM-dd")}</lastmod>
  </url>
</#list>
</urlset>
