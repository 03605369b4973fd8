package org.gongkai.render;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.gongkai.Gongkai;
import org.gongkai.extract.UnreadableDocumentException;
import org.gongkai.render.synth.ReportGenerator;

/**
 * Skips a round trip whose format has no reader in this build (the readers arrive format by format)
 * instead of failing it; the skip and its reason show in the test report.
 */
public class ReaderAvailable implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        RenderFormat format = context.findAnnotation(ReadsBack.class).map(ReadsBack::value).orElse(RenderFormat.TEXT);
        byte[] doc = ReportRenderer.strict().render(new ReportGenerator(1).next("2021"), format);
        try {
            Gongkai.read(doc, "probe." + format.extension());
            return SkipResult.doNotSkip();
        } catch (UnreadableDocumentException e) {
            return SkipResult.skip("no " + format + " reader in this build: " + e.getMessage());
        }
    }
}
