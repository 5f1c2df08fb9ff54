/** Processes (BPMN) carrying every case, their thin delegates, and the worklist facade for the UIs. */
package org.openhall.workflow;
