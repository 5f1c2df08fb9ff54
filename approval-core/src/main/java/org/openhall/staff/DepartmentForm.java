package org.openhall.staff;

/** A department as the administrator types it: code (only when creating) and name. */
public record DepartmentForm(String code, String name) {
}
