import { Select, type SelectProps } from 'antd';

import { useFormat } from '@/hooks/use-format';
import { useLanguage } from '@/hooks/use-language';

import { useDepartments } from '../api/get-departments';
import { useCatalogueT } from '../i18n';

/** The departments of the catalogue; closed ones stay choosable for old versions, and say so. */
export function DepartmentSelect(props: SelectProps<string>) {
  const t = useCatalogueT();
  const format = useFormat();
  const [language] = useLanguage();
  const departments = useDepartments();
  return (
    <Select<string>
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={departments.isPending}
      options={(departments.data ?? []).map((department) => {
        const name =
          (language === 'en' ? department.nameEn : department.nameVi) ?? department.nameVi ?? '';
        const label = `${department.code ?? ''} — ${name}`;
        return {
          value: department.code ?? '',
          label: department.validTo
            ? t('editor.departmentClosed', { name: label, date: format.date(department.validTo) })
            : label,
        };
      })}
    />
  );
}

/** A department's name for the tree (its code until the list has loaded). */
export function useDepartmentName() {
  const departments = useDepartments();
  const [language] = useLanguage();
  return (code: string | undefined) => {
    if (!code) return '';
    const department = departments.data?.find((candidate) => candidate.code === code);
    if (!department) return code;
    return (language === 'en' ? department.nameEn : department.nameVi) ?? department.nameVi ?? code;
  };
}
