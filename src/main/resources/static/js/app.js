// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to the error summary after a failed form submission, so screen readers announce it.
  const summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }
});
