import { useState } from 'react';

type Theme = 'light' | 'dark' | 'system';

function storedTheme(): Theme {
  try {
    const value = localStorage.getItem('theme');
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Light, dark or the system's; remembered, and applied before first paint by public/theme.js. */
export function ThemeToggle() {
  const [theme, setTheme] = useState(storedTheme);

  const choose = (value: Theme) => {
    setTheme(value);
    const root = document.documentElement;
    if (value === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', value);
    try {
      if (value === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', value);
    } catch {
      // Private modes may refuse storage: the choice then lasts until the page is closed.
    }
  };

  return (
    <label className="theme-toggle">
      Theme{' '}
      <select value={theme} onChange={(event) => choose(event.target.value as Theme)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
