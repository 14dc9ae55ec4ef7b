// Runs before the first paint (a blocking classic script: the CSP allows no inline one), so a
// reader who chose a theme never sees a flash of the other. "system" (or nothing) leaves it to CSS.
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch (e) {}
