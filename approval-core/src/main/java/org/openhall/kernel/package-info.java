/** Shared kernel: the domain exception every module raises and the web layers translate. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.openhall.kernel;
