// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to the error summary after a failed form submission, so screen readers announce it.
  const summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }

  // "Use my location" on the offer search: asks the browser only when the visitor clicks, and sends the position
  // rounded to about 1 km (the server rounds again), never more precise than a radius search needs.
  const locate = document.querySelector('[data-geolocate]');
  if (locate && 'geolocation' in navigator) {
    locate.hidden = false;
    locate.addEventListener('click', () => {
      const form = locate.closest('form');
      const status = document.querySelector('[data-geolocate-status]');
      navigator.geolocation.getCurrentPosition((position) => {
        const round = (value) => (Math.round(value * 100) / 100).toFixed(2);
        for (const [name, value] of [['lat', position.coords.latitude], ['lon', position.coords.longitude]]) {
          let input = form.querySelector(`input[type=hidden][name=${name}]`);
          if (!input) {
            input = document.createElement('input');
            input.type = 'hidden';
            input.name = name;
            form.appendChild(input);
          }
          input.value = round(value);
        }
        const place = form.querySelector('input[name=ort]');
        if (place) {
          place.value = '';
        }
        form.requestSubmit();
      }, () => {
        if (status) {
          status.textContent = locate.dataset.geolocateError;
        }
      }, { maximumAge: 600000, timeout: 15000 });
    });
  }

  // A second click on a form marked data-submit-once (registration) while the first is on its way does nothing; the
  // server refuses a double registration anyway, this only spares the visitor the message.
  for (const form of document.querySelectorAll('form[data-submit-once]')) {
    form.addEventListener('submit', (event) => {
      if (form.dataset.submitting) {
        event.preventDefault();
      }
      form.dataset.submitting = 'true';
    });
  }
});
