import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, findHeading, renderRoute } from './render-route';

const articleLink = (name: string) => within(screen.getByRole('main')).getByRole('link', { name });

describe('keyboard shortcuts', () => {
  it('moves through the articles of a list with j and k, and opens one with Enter', async () => {
    const { user, router } = renderRoute('/2008/06');
    await findHeading('June 2008');
    await user.keyboard('j');
    expect(articleLink('Citrix makes XenServer free')).toHaveFocus();
    await user.keyboard('jj');
    expect(articleLink('KVM gets live migration')).toHaveFocus();
    await user.keyboard('j');
    expect(articleLink('KVM gets live migration')).toHaveFocus();
    await user.keyboard('k');
    expect(articleLink('Red Hat adopts KVM')).toHaveFocus();
    await user.keyboard('{Enter}');
    await findHeading('Red Hat adopts KVM');
    expect(currentUrl(router)).toBe('/2008/06/red-hat-adopts-kvm?from=month%3A2008-06');
  });

  it('does nothing while the reader types in a field or holds a modifier', async () => {
    const { user } = renderRoute('/2008/06');
    await findHeading('June 2008');
    const field = document.createElement('textarea');
    document.body.append(field);
    try {
      await user.click(field);
      await user.keyboard('j?');
      expect(field).toHaveFocus();
      expect(field).toHaveValue('j?');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'System');
      await user.keyboard('j');
      expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveFocus();
      const editable = document.createElement('div');
      editable.setAttribute('contenteditable', 'true');
      editable.tabIndex = 0;
      document.body.append(editable);
      editable.focus();
      await user.keyboard('j');
      expect(editable).toHaveFocus();
      editable.remove();
      document.body.focus();
      await user.keyboard('{Control>}j{/Control}{Alt>}j{/Alt}{Meta>}j{/Meta}');
      expect(articleLink('Citrix makes XenServer free')).not.toHaveFocus();
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    } finally {
      field.remove();
    }
  });

  it('opens a help dialog listing the shortcuts with ?, and from the header', async () => {
    const { user } = renderRoute('/');
    await findHeading('Newest articles');
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent(/Next article/);
    expect(within(dialog).getAllByText('j')[0]!.tagName).toBe('KBD');
    // While it is open, j and k belong to it, not to the list behind it.
    await user.keyboard('j');
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Rackspace and NASA launch OpenStack' }),
    ).not.toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Shortcuts' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });
});
