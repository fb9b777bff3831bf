/**
 * Workspace pages under /partner/samverkan (dokument, inlagg, vandring, lagesbild): one small view
 * bean per page; each loads its forum through the workspace application services, which check
 * membership. May use the workspace, forum and report application layers.
 */
package se.tryggstad.portal.forum.workspace.web;
