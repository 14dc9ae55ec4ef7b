import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findHeading, renderRoute } from './render-route';

const themeScript = readFileSync(resolve(import.meta.dirname, '../../public/theme.js'), 'utf8');
const root = document.documentElement;

afterEach(() => {
  localStorage.clear();
  root.removeAttribute('data-theme');
});

describe('the theme', () => {
  it('follows the system until the reader chooses, and remembers the choice', async () => {
    const { user, unmount } = renderRoute('/labels');
    await findHeading('Labels');
    const toggle = screen.getByRole('combobox', { name: 'Theme' });
    expect(toggle).toHaveValue('system');
    expect(root).not.toHaveAttribute('data-theme');

    await user.selectOptions(toggle, 'Dark');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(localStorage.getItem('theme')).toBe('dark');
    unmount();

    renderRoute('/labels');
    await findHeading('Labels');
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  });

  it('goes back to the system setting, forgetting the choice', async () => {
    localStorage.setItem('theme', 'light');
    root.setAttribute('data-theme', 'light');
    const { user } = renderRoute('/labels');
    await findHeading('Labels');
    const toggle = screen.getByRole('combobox', { name: 'Theme' });
    expect(toggle).toHaveValue('light');
    await user.selectOptions(toggle, 'System');
    expect(root).not.toHaveAttribute('data-theme');
    expect(localStorage.getItem('theme')).toBeNull();
  });

  it('is applied before the app runs by public/theme.js, which ignores anything but light or dark', () => {
    localStorage.setItem('theme', 'dark');
    new Function(themeScript)();
    expect(root).toHaveAttribute('data-theme', 'dark');

    root.removeAttribute('data-theme');
    localStorage.setItem('theme', 'purple');
    new Function(themeScript)();
    expect(root).not.toHaveAttribute('data-theme');
  });
});
