// Shows a form field only while its display condition holds (data-show-when-field/-equals), the
// same rule the server applies: a hidden field is disabled, so it is neither sent nor required.
(function () {
  'use strict';
  function valueOf(form, name) {
    var inputs = form.querySelectorAll('[name="' + name + '"]');
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      if (input.type === 'checkbox') {
        return input.checked ? 'true' : 'false';
      }
      if (input.type !== 'hidden' || inputs.length === 1) {
        return input.value;
      }
    }
    return '';
  }
  function update(form) {
    var fields = form.querySelectorAll('[data-show-when-field]');
    // repeat so that chains of conditions settle (a hidden controller counts as empty)
    for (var round = 0; round < fields.length + 1; round++) {
      fields.forEach(function (field) {
        var controller = form.querySelector('[name="' + field.dataset.showWhenField + '"]');
        var shown = controller !== null && !controller.disabled
          && valueOf(form, field.dataset.showWhenField) === field.dataset.showWhenEquals;
        field.hidden = !shown;
        field.querySelectorAll('input, select, textarea').forEach(function (input) {
          input.disabled = !shown;
        });
      });
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form').forEach(function (form) {
      if (form.querySelector('[data-show-when-field]')) {
        update(form);
        form.addEventListener('change', function () { update(form); });
        form.addEventListener('input', function () { update(form); });
      }
    });
  });
})();
