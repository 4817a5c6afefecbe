/**
 * Reading uploaded tables: CSV through Jackson's CSV dataformat, in the encoding the bytes are in,
 * and XLSX through POI's streaming (SAX) reader, so a large workbook is read with bounded memory.
 * Each row keeps the number a spreadsheet shows and each cell its column letter, so a caller can
 * name the cell a problem is in. Used by the batch report upload and the org-unit import.
 */
package org.shequ.server.table;
