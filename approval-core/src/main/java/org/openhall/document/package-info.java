/** 文书: the notices and decisions of a case as sealed, verifiable PDFs (行政许可法 §32, §38, §42, §45). */
package org.openhall.document;
