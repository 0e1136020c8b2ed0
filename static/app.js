// Keyboard shortcuts: 1-4 pick an option, Enter checks and goes on; Space shows a review answer, 1-4 rate it.
(function () {
  "use strict";

  function typing(target) {
    return target && (target.tagName === "INPUT" && target.type !== "radio" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    var form = document.getElementById("answer-form");
    var next = document.getElementById("next");
    var reveal = document.getElementById("reveal");
    var key = event.key;

    if (form && form.dataset.keys === "options" && !typing(event.target)) {
      if (/^[1-9]$/.test(key)) {
        var option = form.querySelectorAll('input[name="choice"]')[Number(key) - 1];
        if (option) {
          option.checked = true;
          option.focus();
          event.preventDefault();
        }
      } else if (key === "Enter" && !(event.target.closest && event.target.closest("button"))) {
        event.preventDefault();
        if (form.querySelector('input[name="choice"]:checked')) form.requestSubmit();
        else form.reportValidity();
      }
      return;
    }

    if (next && key === "Enter" && !(event.target.closest && event.target.closest("a, button"))) {
      event.preventDefault();
      window.location.href = next.href;
      return;
    }

    if (reveal && !typing(event.target)) {
      var onControl = event.target.closest && event.target.closest("summary, a, button");
      if (!reveal.open && (key === " " || key === "Enter") && !onControl) {
        event.preventDefault();
        reveal.open = true;
      } else if (reveal.open && /^[1-4]$/.test(key)) {
        var button = reveal.querySelector('button[data-key="' + key + '"]');
        if (button) {
          event.preventDefault();
          button.click();
        }
      }
    }
  });

  // Send each form once: a double click or a held-down key would start two quizzes or rate a card twice.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.sent) {
      event.preventDefault();
      return;
    }
    form.dataset.sent = "1";
  });
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-sent]").forEach(function (form) { delete form.dataset.sent; });
  });
})();
