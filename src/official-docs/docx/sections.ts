import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { A4, MARGIN, SIZE, halfPt } from './layout';

/** Page number top centre (NĐ 30), 13–14 pt upright. */
function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPt(SIZE.pageNumber) })] })],
  });
}

/**
 * A section of the document. `titlePage` gives its first page an empty header: NĐ 30 prints no
 * number on page 1, and appendices are numbered on their own from 1, again without a number on
 * their first page. A landscape section passes the portrait size: docx swaps w and h itself.
 */
export function section(children: ISectionOptions['children'], opts: { landscape: boolean; restartNumbering: boolean }): ISectionOptions {
  return {
    headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
    properties: {
      titlePage: true,
      page: {
        size: { width: A4.width, height: A4.height, orientation: opts.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { ...MARGIN },
        ...(opts.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    children,
  };
}
