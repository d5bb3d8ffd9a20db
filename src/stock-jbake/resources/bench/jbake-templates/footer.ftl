<#ftl output_format="HTML">
<#-- footer.ftl: closes <main> and the page, with the footer links. -->
</main>
</div>
<footer class="site-footer">
<div class="container">
<nav class="footer-nav" aria-label="Footer">
<ul class="footer-nav-list">
<li><a href="${content.rootpath}about${config.output_extension}">About the portal</a></li>
<li><a href="${content.rootpath}accessibility${config.output_extension}">Accessibility</a></li>
<li><a href="${content.rootpath}${config.feed_file}" type="application/atom+xml">News feed</a></li>
</ul>
</nav>
<p class="footer-note">Baked with JBake ${version}.</p>
</div>
</footer>
</body>
</html>
