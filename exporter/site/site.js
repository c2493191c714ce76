// Kiezen & Delen: the static site's only script (schema/FORMAT.md, "The site"). Everything works
// without it; it makes the options of a dilemma behave as one choice and prints them all.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  var options = Array.prototype.slice.call(document.querySelectorAll("details.option"));
  // Opening one option (a click on its summary, or Enter or Space there) closes the others.
  options.forEach(function (option) {
    var summary = option.querySelector("summary");
    if (!summary) return;
    summary.addEventListener("click", function () {
      if (option.open) return; // it is closing
      options.forEach(function (other) {
        if (other !== option && other.parentNode === option.parentNode) other.open = false;
      });
    });
  });

  // On paper every option is open, with its feedback; afterwards the page is as it was.
  var wasOpen = [];
  window.addEventListener("beforeprint", function () {
    wasOpen = options.map(function (option) { return option.open; });
    options.forEach(function (option) { option.open = true; });
  });
  window.addEventListener("afterprint", function () {
    options.forEach(function (option, i) { option.open = wasOpen[i] || false; });
  });
});
