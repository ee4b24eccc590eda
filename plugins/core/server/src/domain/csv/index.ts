export { csvCell, neutraliseFormulas, toCsv, UTF8_BOM, type CsvValue } from './spreadsheet-csv';
