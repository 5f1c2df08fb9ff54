// Tells the applicant at once when a chosen file is larger than the vault takes (data-max-bytes), next
// to the field (data-size-message names the element), and takes the file off the form so that the rest
// can still be sent or saved as a draft. Without JavaScript the server refuses the file and keeps the form.
(function () {
  'use strict';
  function check(input) {
    var max = Number(input.dataset.maxBytes);
    var message = document.getElementById(input.dataset.sizeMessage);
    var tooLarge = max > 0 && input.files && Array.prototype.some.call(input.files, function (file) {
      return file.size > max;
    });
    if (message === null) {
      return;
    }
    var describedBy = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
      return id !== '' && id !== message.id;
    });
    if (tooLarge) {
      input.value = '';
      message.textContent = input.dataset.tooLarge;
      message.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      describedBy.push(message.id);
    } else {
      message.textContent = '';
      message.hidden = true;
      if (!document.getElementById(input.id + '-error')) {
        input.removeAttribute('aria-invalid');
      }
    }
    if (describedBy.length > 0) {
      input.setAttribute('aria-describedby', describedBy.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
  }
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input instanceof HTMLInputElement && input.type === 'file' && input.dataset.maxBytes) {
      check(input);
    }
  });
})();
