import { Card, Col, Empty, Row } from 'antd';
import { Outlet, useParams } from 'react-router';
import { formatViDate } from '../../../../src/shared/vi-date';
import { useUnit } from '../../api/org';
import { useAsOf, useAsOfNavigate } from '../../lib/asOf';
import { isValidOn } from '../../lib/dates';
import { OrgSearch } from './OrgSearch';
import { OrgTree } from './OrgTree';

/** Cơ cấu tổ chức: tree and search on the left, the chosen unit on the right (nested route). */
export function OrgPage() {
  const { asOf } = useAsOf();
  const { id } = useParams();
  const go = useAsOfNavigate();
  const open = (unitId: string) => go(`/don-vi/${unitId}`);
  // Shares the cache with the detail panel; used to expand the tree down to the chosen unit.
  const selected = useUnit(id, asOf).data;
  const selectedPath = selected && isValidOn(selected.validFrom, selected.validTo, asOf) ? selected.path : undefined;

  return (
    <Row gutter={[16, 16]} align="top">
      <Col xs={24} lg={9} xxl={8}>
        <Card title="Cơ cấu tổ chức" extra={<span style={{ color: '#8c8c8c' }}>ngày {formatViDate(asOf)}</span>}>
          <OrgSearch asOf={asOf} onOpen={open} />
          <div className="org-tree-box">
            <OrgTree key={asOf} asOf={asOf} selectedId={id} selectedPath={selectedPath} onSelect={open} />
          </div>
        </Card>
      </Col>
      <Col xs={24} lg={15} xxl={16}>
        <Outlet />
      </Col>
    </Row>
  );
}

export function OrgIndex() {
  return (
    <Card>
      <Empty description="Chọn một đơn vị trên cây hoặc tìm theo tên để xem chi tiết." />
    </Card>
  );
}
