import { OpportunityDto } from './dto/opportunity.dto';
import { QuoteDto } from './dto/quote.dto';

const escape = (text: string | number | null | undefined) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The printable quote: a self-contained page (no scripts, inline styles) the browser prints or saves as PDF. */
export const QuoteHtml = {
  render(quote: QuoteDto, opportunity: OpportunityDto): string {
    const party = opportunity.customerName ?? opportunity.prospectCompany ?? '';
    const rows = quote.lines
      .map(
        (l) => `<tr><td>${l.lineNo}</td><td>${escape(l.productCode)}</td><td>${escape(l.productName)}</td><td>${escape(l.unit)}</td>` +
          `<td class="n">${escape(l.quantity)}</td><td class="n">${escape(l.unitPrice)}</td><td class="n">${escape(l.discountPercent)}%</td>` +
          `<td class="n">${escape(l.amount)}</td><td class="n">${escape(l.taxRate)}%</td><td class="n">${escape(l.taxAmount)}</td></tr>`,
      )
      .join('');
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>报价单 ${escape(quote.number)}</title>
<style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#222}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #999;padding:4px 6px;font-size:12px}td.n{text-align:right;font-variant-numeric:tabular-nums}
.totals td{border:none}@media print{body{margin:0}}</style></head><body>
<h1>报价单 Quotation</h1>
<p>编号 No.: ${escape(quote.number)}（第 ${quote.revision} 版） 客户 Customer: ${escape(party)} 有效期至 Valid until: ${escape(quote.validUntil)}</p>
<p>项目 Subject: ${escape(opportunity.title)}</p>
<table><thead><tr><th>#</th><th>编码</th><th>名称</th><th>单位</th><th>数量</th><th>单价</th><th>折扣</th><th>金额</th><th>税率</th><th>税额</th></tr></thead>
<tbody>${rows}</tbody></table>
<table class="totals"><tr><td>小计 Subtotal</td><td class="n">${escape(quote.subtotal)}</td></tr>
<tr><td>整单折扣 Discount (${escape(quote.headerDiscountPercent)}%)</td><td class="n">-${escape(quote.discountTotal)}</td></tr>
<tr><td>不含税合计 Net</td><td class="n">${escape(quote.netTotal)}</td></tr>
<tr><td>税额 Tax</td><td class="n">${escape(quote.taxTotal)}</td></tr>
<tr><td><strong>合计 Total (CNY)</strong></td><td class="n"><strong>${escape(quote.total)}</strong></td></tr></table>
${quote.note ? `<p>备注 Note: ${escape(quote.note)}</p>` : ''}
</body></html>`;
  },
};
