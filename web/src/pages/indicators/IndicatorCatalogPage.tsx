import { Card, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { IndicatorListTab } from './IndicatorListTab';
import { IndicatorSetsTab } from './IndicatorSetsTab';

/** "Chỉ tiêu" (/chi-tieu): the catalogue and the sets built from it; the tab sits in the URL so a link opens it. */
export function IndicatorCatalogPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'bo' ? 'bo' : 'danh-muc';
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Chỉ tiêu thi đua
        </Typography.Title>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) =>
          setParams((prev) => {
            const next = new URLSearchParams(prev);
            if (k === 'bo') next.set('tab', 'bo');
            else next.delete('tab');
            return next;
          })
        }
        items={[
          { key: 'danh-muc', label: 'Danh mục chỉ tiêu', children: <IndicatorListTab /> },
          { key: 'bo', label: 'Bộ chỉ tiêu', children: <IndicatorSetsTab /> },
        ]}
      />
    </Card>
  );
}
