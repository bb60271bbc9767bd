import type { FormInstance } from 'antd';
import type { ApiError } from '../../api/client';
import type { OutlineTree } from '../../api/reports';
import { placeIssues, type PlacedIssues } from './outlineEdit';

/** Form fields of the outline editor, by the path the server names them with. */
const FORM_FIELDS: Record<string, string> = {
  name: 'name',
  ownerUnitId: 'ownerUnitId',
  note: 'note',
  'tree.title': 'treeTitle',
  'tree.preamble': 'preamble',
};

/**
 * Splits a refused save into messages on the form's fields and on the sections of the tree
 * ("tree.sections.2.children.0.title"); whatever names neither is returned as general.
 */
export function spreadSaveErrors(form: FormInstance, tree: OutlineTree, err: ApiError): PlacedIssues {
  const onForm: { name: string; errors: string[] }[] = [];
  const rest: { path: string; message: string }[] = [];
  for (const d of err.details) {
    const path = d.path.replace(/^body\./, '');
    const field = FORM_FIELDS[path];
    if (field) onForm.push({ name: field, errors: [d.message] });
    else rest.push({ path, message: d.message });
  }
  form.setFields(onForm);
  return placeIssues(tree, rest);
}
