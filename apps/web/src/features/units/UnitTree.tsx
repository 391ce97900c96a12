import { Button } from '@digdir/designsystemet-react';
import type { Unit } from '@lots/core';
import { useTranslation } from 'react-i18next';
import type { TreeNode } from '../../lib/tree';

export type UnitAction = 'rename' | 'move' | 'delete';

type UnitTreeProps = {
  nodes: TreeNode<Unit>[];
  canManage: boolean;
  onAction: (action: UnitAction, unit: Unit) => void;
  label?: string;
};

/** The units as nested lists, with rename / move / delete buttons for org admins. */
export function UnitTree({ nodes, canManage, onAction, label }: UnitTreeProps) {
  const { t } = useTranslation();
  return (
    <ul className="unit-tree" aria-label={label}>
      {nodes.map(({ item, children }) => (
        <li key={item.id} className="unit-tree__item">
          <div className="unit-tree__row">
            <span className="unit-tree__name">{item.name}</span>
            <span className="unit-tree__count">{t('units:peopleCount', { count: item.peopleCount })}</span>
            {canManage ? (
              <span className="unit-tree__actions">
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('units:renameLabel', { name: item.name })}
                  onClick={() => onAction('rename', item)}
                >
                  {t('units:rename')}
                </Button>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('units:moveLabel', { name: item.name })}
                  onClick={() => onAction('move', item)}
                >
                  {t('units:move')}
                </Button>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  data-color="danger"
                  aria-label={t('units:deleteLabel', { name: item.name })}
                  onClick={() => onAction('delete', item)}
                >
                  {t('common:common.delete')}
                </Button>
              </span>
            ) : null}
          </div>
          {children.length > 0 ? <UnitTree nodes={children} canManage={canManage} onAction={onAction} /> : null}
        </li>
      ))}
    </ul>
  );
}
