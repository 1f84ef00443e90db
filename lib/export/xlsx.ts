import ExcelJS from 'exceljs';
import { COLUMNS, CONTACT_LIST_COLUMNS, ENTITIES, type Entity } from '../import/columns';
import { CONTACT_LIST_EXAMPLE } from './tables';

/** An XLSX template: one sheet per table with the Dutch headers and one example row. */
export async function templateXlsx(entities: readonly Entity[] = ENTITIES): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Koppelvlak';
  for (const e of entities) {
    const ws = wb.addWorksheet(e);
    const cols = COLUMNS[e];
    ws.addRow(cols.map((c) => c.nl));
    ws.addRow(cols.map((c) => c.example));
    ws.getRow(1).font = { bold: true };
    cols.forEach((c, i) => {
      ws.getColumn(i + 1).width = Math.max(12, c.nl.length + 4);
      ws.getCell(1, i + 1).note = `${c.expect}`;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The contact list as XLSX: one sheet "contactlijst", filled with the example rows. */
export async function contactListXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Koppelvlak';
  const ws = wb.addWorksheet('contactlijst');
  ws.addRow(CONTACT_LIST_COLUMNS.map((c) => c.nl));
  for (const r of CONTACT_LIST_EXAMPLE) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  CONTACT_LIST_COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = Math.max(14, c.nl.length + 4);
    ws.getCell(1, i + 1).note = c.expect;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
