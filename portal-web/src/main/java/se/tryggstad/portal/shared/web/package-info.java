/**
 * Language and layout support for the Faces pages: the visitor's chosen language and the helpers
 * every view bean uses to show texts and messages from the bundle. Knows no context.
 */
package se.tryggstad.portal.shared.web;
