/** 办件: cases from submission to completion, their status history and correction notices. */
package org.openhall.casefile;
