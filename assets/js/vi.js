/*
 * vi.js: the version for visually impaired readers. Plain script, no dependencies, no build step;
 * layout.ftlh loads it with defer. Its markup is templates/components/vi-settings.ftlh, and it knows no
 * setting, value or word of its own, so one file serves every language:
 *
 *   #vi-toggle                        shown and wired here; opens and closes #vi-panel (aria-expanded)
 *   #vi-panel button[data-vi]         one choice: data-vi="SETTING" data-vi-value="VALUE" aria-pressed;
 *                                     the first button of each setting is the standard choice
 *   #vi-panel [data-vi-reset]         back to the standard look; its value is what is announced
 *   #vi-panel [data-vi-close]         closes the panel (so does Escape)
 *   #vi-panel [role=status]           where each change is announced: "Text size: Large"
 *   #vi-panel[data-vi-image-text]     "Image: {0}", shown in place of a hidden image ({0}: its alt text)
 *
 * A choice is the attribute data-vi-SETTING="VALUE" on <html> (absent for the standard one), which
 * site.css styles. The choices other than the standard ones are stored in localStorage under
 * "portal.vi" as JSON, e.g. {"size":"large","scheme":"blue"}; vi-settings.ftlh's inline script puts
 * them on <html> before the first paint, and this script reads them from there.
 */
(function () {
  "use strict";

  var KEY = "portal.vi"; // the inline script in vi-settings.ftlh reads the same key
  var root = document.documentElement;
  var toggle = document.getElementById("vi-toggle");
  var panel = document.getElementById("vi-panel");
  if (!toggle || !panel) {
    return;
  }
  var options = [].slice.call(panel.querySelectorAll("button[data-vi]"));
  var status = panel.querySelector("[role=status]");
  var standard = {};
  options.forEach(function (option) {
    var setting = option.getAttribute("data-vi");
    if (!standard.hasOwnProperty(setting)) {
      standard[setting] = option.getAttribute("data-vi-value");
    }
  });
  var settings = Object.keys(standard);

  function offered(setting, value) {
    return options.some(function (option) {
      return option.getAttribute("data-vi") === setting && option.getAttribute("data-vi-value") === value;
    });
  }

  /** The reader's choice for a setting, as <html> carries it; the standard one for anything else. */
  function chosen(setting) {
    var value = root.getAttribute("data-vi-" + setting);
    return offered(setting, value) ? value : standard[setting];
  }

  function apply(setting, value) {
    if (value === standard[setting] || !offered(setting, value)) {
      root.removeAttribute("data-vi-" + setting);
      value = standard[setting];
    } else {
      root.setAttribute("data-vi-" + setting, value);
    }
    options.forEach(function (option) {
      if (option.getAttribute("data-vi") === setting) {
        option.setAttribute("aria-pressed", String(option.getAttribute("data-vi-value") === value));
      }
    });
  }

  function save() {
    var stored = {};
    var any = false;
    settings.forEach(function (setting) {
      if (chosen(setting) !== standard[setting]) {
        stored[setting] = chosen(setting);
        any = true;
      }
    });
    try {
      if (any) {
        localStorage.setItem(KEY, JSON.stringify(stored));
      } else {
        localStorage.removeItem(KEY);
      }
    } catch (e) {
      // Storage is off (a private window, a strict setting): the choice lasts for this page only.
    }
  }

  var announcement;
  function announce(text) {
    // Emptied first, so that the same words said twice are announced twice.
    status.textContent = "";
    clearTimeout(announcement);
    announcement = setTimeout(function () {
      status.textContent = text;
    }, 100);
  }

  function open(expanded) {
    panel.hidden = !expanded;
    toggle.setAttribute("aria-expanded", String(expanded));
  }

  /** Puts each image's alt text after it; site.css shows it only while images are hidden. */
  function addImageTexts() {
    var pattern = panel.getAttribute("data-vi-image-text") || "{0}";
    [].forEach.call(document.querySelectorAll("img[alt]:not([alt=''])"), function (image) {
      var after = image.parentNode.nodeName === "PICTURE" ? image.parentNode : image;
      if (after.nextElementSibling && after.nextElementSibling.className === "vi-alt") {
        return;
      }
      var text = document.createElement("span");
      text.className = "vi-alt";
      text.textContent = pattern.replace("{0}", image.alt);
      after.parentNode.insertBefore(text, after.nextSibling);
    });
  }

  /** Applies stored choices (JSON, or null for none); anything not offered means the standard. */
  function applyStored(json) {
    var stored = null;
    try {
      stored = JSON.parse(json);
    } catch (e) {
      // Not ours to read: the standard look.
    }
    settings.forEach(function (setting) {
      apply(setting, stored && stored.hasOwnProperty(setting) ? stored[setting] : standard[setting]);
    });
  }

  if (root.classList.contains("js-enabled")) {
    settings.forEach(function (setting) {
      apply(setting, chosen(setting));
    });
  } else {
    // The inline script did not run (a policy that blocks inline scripts): apply the choices now.
    try {
      applyStored(localStorage.getItem(KEY));
    } catch (e) {
      applyStored(null);
    }
  }
  addImageTexts();
  toggle.hidden = false;

  toggle.addEventListener("click", function () {
    open(panel.hidden);
  });

  panel.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) {
      return;
    }
    if (button.hasAttribute("data-vi")) {
      var setting = button.getAttribute("data-vi");
      apply(setting, button.getAttribute("data-vi-value"));
      save();
      var label = document.getElementById(button.closest("[role=group]").getAttribute("aria-labelledby"));
      announce((label ? label.textContent + ": " : "") + button.textContent);
    } else if (button.hasAttribute("data-vi-reset")) {
      settings.forEach(function (setting) {
        apply(setting, standard[setting]);
      });
      save();
      announce(button.getAttribute("data-vi-reset"));
    } else if (button.hasAttribute("data-vi-close")) {
      open(false);
      toggle.focus();
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden && (panel.contains(document.activeElement) || document.activeElement === toggle)) {
      open(false);
      toggle.focus();
    }
  });

  // A choice made in another tab applies here too.
  window.addEventListener("storage", function (event) {
    if (event.key === KEY || event.key === null) {
      applyStored(event.newValue);
    }
  });
})();
