import { Select, SelectOption } from '@utrecht/component-library-react';
import { useT } from '../i18n/I18n';
import { useMunicipalityList } from '../components/useMunicipalityNames';

/**
 * A choice of one of the 342 municipalities, by name in Dutch order, with "choose a municipality" first (value ''):
 * the admin's account form and the staff invitation.
 */
export function MunicipalitySelect({ id, value, invalid, describedBy, onChange }: { id: string; value: string; invalid: boolean; describedBy?: string; onChange: (code: string) => void }) {
  const t = useT();
  const municipalities = [...useMunicipalityList()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <Select id={id} value={value} invalid={invalid} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
      <SelectOption value="">{t('admin.accounts.chooseMunicipality')}</SelectOption>
      {municipalities.map((m) => (
        <SelectOption key={m.code} value={m.code}>
          {m.name}
        </SelectOption>
      ))}
    </Select>
  );
}
