package se.tryggstad.portal.demo;

import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;
import se.tryggstad.portal.forum.domain.ForumArea;
import se.tryggstad.portal.forum.workspace.domain.WalkRoute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForumWorkspaceDemoContentTest {

    @Test
    void theDemoWalkRunsInsideTheForumsAreaAndTheDemoPdfIsAPdf() {
        ForumArea area = ForumArea.parse(ForumDemoContent.SOLNA_CENTRUM);
        assertTrue(WalkRoute.parse(ForumWorkspaceDemoContent.ROUTE).points().stream().allMatch(area::contains));
        assertEquals("application/pdf", new Tika().detect(ForumWorkspaceDemoContent.pdf("Trygghetsplan – utkast")));
    }
}
