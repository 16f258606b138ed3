// Tenet's page behaviour, loaded on every page (no inline scripts: the CSP allows only 'self').
// - htmx requests carry the CSRF token as a header, read from the layout's meta tags;
// - after an in-place update, focus moves to the message it produced (or the page heading), so
//   keyboard and screen-reader users land where the change is;
// - a response that is not a page (a session that expired, a server error) is not swapped in:
//   the message region says so instead.
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function showError() {
    var flash = document.getElementById('flash');
    if (!flash) {
      return;
    }
    var alert = document.createElement('div');
    alert.className = 'alert alert-danger';
    alert.setAttribute('role', 'alert');
    alert.textContent = flash.getAttribute('data-generic-error') || 'Something went wrong.';
    flash.replaceChildren(alert);
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var header = meta('_csrf_header');
    var token = meta('_csrf');
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });

  document.addEventListener('htmx:beforeSwap', function (event) {
    var target = event.detail.target;
    var text = event.detail.xhr ? event.detail.xhr.responseText || '' : '';
    if (event.detail.shouldSwap && target && target.id === 'page' && text.indexOf('id="page"') < 0) {
      event.detail.shouldSwap = false;
      showError();
    }
  });

  document.addEventListener('htmx:responseError', showError);
  document.addEventListener('htmx:sendError', showError);

  document.addEventListener('htmx:afterSettle', function (event) {
    if (!event.detail.target || event.detail.target.id !== 'page') {
      return;
    }
    var focus = document.querySelector('#flash .alert') || document.querySelector('#page h1');
    if (focus) {
      focus.setAttribute('tabindex', '-1');
      focus.focus();
    }
  });
})();

// Print buttons (the decision record): hidden without JavaScript, where the browser's own print works.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
});
