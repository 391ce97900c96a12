import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { SetupStatus } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { useRoleLabel } from '../../components/labels';
import { TableScroll } from '../../components/TableScroll';

type DemoAccountsProps = { accounts: SetupStatus['demoAccounts']; onUse: (email: string, password: string) => void };

/** Demo mode only: the made-up accounts, with a button that fills in the sign-in form. */
export function DemoAccounts({ accounts, onUse }: DemoAccountsProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  if (accounts.length === 0) return null;
  return (
    <section aria-labelledby="demo-heading" className="section">
      <Heading level={2} data-size="sm" id="demo-heading">
        {t('auth:signIn.demoHeading')}
      </Heading>
      <Paragraph>{t('auth:signIn.demoIntro')}</Paragraph>
      <TableScroll label={t('auth:signIn.demoHeading')}>
        <Table data-size="sm" zebra>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('auth:signIn.demoEmail')}</Table.HeaderCell>
              <Table.HeaderCell>{t('auth:signIn.demoPassword')}</Table.HeaderCell>
              <Table.HeaderCell>{t('auth:signIn.demoRole')}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="ds-sr-only">{t('auth:signIn.demoUse')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {accounts.map((account) => (
              <Table.Row key={account.email}>
                <Table.Cell>{account.email}</Table.Cell>
                <Table.Cell>
                  <code>{account.password}</code>
                </Table.Cell>
                <Table.Cell>{roleLabel(account.role)}</Table.Cell>
                <Table.Cell>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('auth:signIn.demoUseLabel', { email: account.email })}
                    onClick={() => onUse(account.email, account.password)}
                  >
                    {t('auth:signIn.demoUse')}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
