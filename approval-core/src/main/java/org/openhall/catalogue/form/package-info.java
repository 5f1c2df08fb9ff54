/** Application forms as data: field definitions, consistency rules and submission validation. */
@org.springframework.modulith.NamedInterface("form")
package org.openhall.catalogue.form;
