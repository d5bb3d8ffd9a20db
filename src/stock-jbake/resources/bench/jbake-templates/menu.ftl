<#ftl output_format="HTML">
<#-- menu.ftl: the main navigation, closing the site header and opening <main>. -->
<nav class="site-nav" aria-label="Main menu">
<div class="container">
<ul class="site-nav-list">
<li><a href="${content.rootpath}${config.index_file}">Home</a></li>
<li><a href="${content.rootpath}${config.tag_path}/${config.index_file}">Tags</a></li>
<li><a href="${content.rootpath}${config.archive_file}">Archive</a></li>
<li><a href="${content.rootpath}about${config.output_extension}">About the portal</a></li>
</ul>
</div>
</nav>
</header>
<div class="container page-body">
<main id="main-content" class="main" tabindex="-1">
