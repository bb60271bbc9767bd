import { DownloadOutlined, SaveOutlined, UndoOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Result, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { parsePeriodKey } from '../../../../src/indicators/domain/period-key';
import { useCan } from '../../api/auth';
import { templateUrl, useValueGrid } from '../../api/indicators';
import { ValueGrid } from '../../components/grid/ValueGrid';
import { useLeaveGuard } from '../../components/grid/useLeaveGuard';
import { formatNumber } from '../../lib/dates';
import { DataEntryFilters, useEntrySelection, type EntrySelection } from './DataEntryFilters';
import { GridLegend, SaveProblemBanner } from './SaveProblemBanner';
import { HistoryModal, type HistoryTarget } from './HistoryModal';
import { ImportModal } from './ImportModal';
import { KIND_OPTIONS } from './labels';
import { LockButton } from './LockButton';
import { useValueEditing } from './useValueEditing';

/** "Nhập số liệu" (/so-lieu): a unit's figures for one set, entered like a spreadsheet. */
export function DataEntryPage() {
  const { sel, update, gridParams } = useEntrySelection();
  const grid = useValueGrid(gridParams);
  const data = grid.data;
  const ed = useValueEditing(data, gridParams);
  const canWrite = useCan('value.write');
  const canLock = useCan('period.lock');
  const { modal, message } = App.useApp();
  const [history, setHistory] = useState<HistoryTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const [activeColumn, setActiveColumn] = useState<string | null>(null);
  useLeaveGuard(ed.dirty);

  const change = (patch: Partial<EntrySelection>) => {
    if (!ed.dirty) return update(patch);
    modal.confirm({
      title: 'Bỏ các thay đổi chưa lưu?',
      content: `Có ${formatNumber(ed.edits.size)} ô đã sửa nhưng chưa lưu. Chuyển sang bảng khác thì các thay đổi này sẽ mất.`,
      okText: 'Bỏ thay đổi',
      okButtonProps: { danger: true },
      cancelText: 'Ở lại',
      onOk: () => update(patch),
    });
  };

  const save = useCallback(
    (confirmWarnings = false) => ed.save({ confirmWarnings, onSaved: (n) => void message.success(`Đã lưu ${formatNumber(n)} ô số liệu.`) }),
    [ed, message],
  );

  // Ctrl+S saves, as users expect from Excel (and the browser's "save page" is of no use here).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (ed.pendingCount > 0 && !ed.saving) save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ed.pendingCount, ed.saving, save]);

  const kindLabel = data?.kindLabel ?? KIND_OPTIONS.find((k) => k.value === sel.kind)!.label;
  const self = data?.columns[0];
  // Units layout: the lock covers the chosen unit and everything below it; periods layout: the active column's period.
  const lockColumn = sel.layout === 'units' ? self : (data?.columns.find((c) => c.key === activeColumn) ?? self);
  const templatePeriod = sel.layout === 'units' ? sel.period : `${sel.year}`;
  const title = sel.layout === 'units' ? (parsePeriodKey(sel.period)?.label ?? sel.period) : `Năm ${sel.year}`;

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          Nhập số liệu chỉ tiêu
        </Typography.Title>
      }
    >
      <DataEntryFilters sel={sel} onChange={change} unitName={self?.unit.name} />
      {!gridParams && <Empty description="Chọn bộ chỉ tiêu và đơn vị để nhập số liệu." />}
      {gridParams && grid.isPending && <Spin description="Đang tải bảng số liệu…" />}
      {grid.isError && <Result status="warning" title="Không tải được bảng số liệu" subTitle={grid.error.message} extra={<Button onClick={() => void grid.refetch()}>Thử lại</Button>} />}
      {data && gridParams && (
        <>
          <Typography.Paragraph strong style={{ marginBottom: 8 }}>
            {data.set.name} · {kindLabel} · {title}
          </Typography.Paragraph>
          <Space wrap style={{ marginBottom: 12 }}>
            {canWrite && (
              <>
                <Button type="primary" icon={<SaveOutlined />} disabled={ed.pendingCount === 0} loading={ed.saving} onClick={() => save()}>
                  Lưu ({formatNumber(ed.pendingCount)} ô thay đổi)
                </Button>
                {ed.dirty && (
                  <Button icon={<UndoOutlined />} onClick={ed.discardAll}>
                    Bỏ thay đổi
                  </Button>
                )}
                <Button icon={<DownloadOutlined />} href={templateUrl({ setId: gridParams.setId, unitId: gridParams.unitId, period: templatePeriod, kind: sel.kind })} download>
                  Tải mẫu Excel
                </Button>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} disabled={ed.dirty} title={ed.dirty ? 'Lưu hoặc bỏ các thay đổi trước khi nhập từ tệp.' : undefined}>
                  Nhập từ Excel
                </Button>
              </>
            )}
            {canLock && lockColumn && (
              <LockButton
                key={`${lockColumn.unit.id}:${lockColumn.periodKey}`}
                unit={sel.layout === 'units' ? lockColumn.unit : { id: gridParams.unitId, name: lockColumn.unit.name }}
                periodKey={lockColumn.periodKey}
                periodLabel={parsePeriodKey(lockColumn.periodKey)?.label ?? lockColumn.label}
                columnLock={lockColumn.lock}
                disabled={ed.dirty}
              />
            )}
          </Space>
          <SaveProblemBanner
            problem={ed.problem}
            invalidCount={ed.invalidCount}
            saving={ed.saving}
            onConfirm={() => save(true)}
            onReload={() =>
              void grid.refetch().then(() => {
                // The purple marks stay on the cells; the banner has done its job.
                ed.dismissProblem();
                void message.info('Đã tải số liệu mới nhất; các số bạn đã sửa vẫn được giữ, kiểm tra rồi lưu lại.');
              })
            }
            onDismiss={ed.dismissProblem}
          />
          {data.rows.length === 0 ? (
            <Empty description="Bộ chỉ tiêu này chưa có chỉ tiêu nào." />
          ) : (
            <ValueGrid
              rows={data.rows}
              columns={data.columns}
              saved={ed.saved}
              edits={ed.edits}
              marks={ed.marks}
              conflicts={ed.conflicts}
              onChange={ed.change}
              onRevert={ed.revert}
              onHistory={(row, column) => setHistory({ row, column, kind: sel.kind })}
              onNotice={(t) => void message.info(t)}
              onActiveColumn={setActiveColumn}
            />
          )}
          <GridLegend />
          <HistoryModal target={history} onClose={() => setHistory(null)} />
          {canWrite && <ImportModal open={importing} onClose={() => setImporting(false)} setId={gridParams.setId} kind={sel.kind} kindLabel={kindLabel} />}
        </>
      )}
      {gridParams && !data && !grid.isPending && !grid.isError && <Alert type="info" title="Không có dữ liệu." />}
    </Card>
  );
}
