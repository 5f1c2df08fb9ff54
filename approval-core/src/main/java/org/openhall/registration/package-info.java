/** 网上注册: persons and companies register online with a phone confirmed by a one-time code, and reset a forgotten password the same way. */
package org.openhall.registration;
