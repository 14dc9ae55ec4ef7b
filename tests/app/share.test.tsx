import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findHeading, renderRoute } from './render-route';

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
});

describe('sharing an article', () => {
  it('shows the reading time, and copies the link with a visible confirmation where there is no Web Share', async () => {
    const { user } = renderRoute('/2008/06/red-hat-adopts-kvm');
    await findHeading('Red Hat adopts KVM');
    const article = screen.getByRole('article', { name: 'Red Hat adopts KVM' });
    expect(within(article).getByText(/^Posted by/)).toHaveTextContent(/\d+ min read/);

    await user.click(await screen.findByRole('button', { name: 'Share link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied to the clipboard.');
    expect(await navigator.clipboard.readText()).toBe(window.location.href);
  });

  it('uses the Web Share API where the browser has it', async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const { user } = renderRoute('/2008/06/red-hat-adopts-kvm');
    await findHeading('Red Hat adopts KVM');
    await user.click(await screen.findByRole('button', { name: 'Share link' }));
    expect(share).toHaveBeenCalledWith({ title: 'Red Hat adopts KVM', url: window.location.href });
    expect(await screen.findByRole('status')).toHaveTextContent('Shared.');
  });
});
