package dev.stickerplatform.domain.policy;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageTypesTest {
    @Test
    void recognisesPng() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        assertThat(ImageTypes.detect(png)).contains("image/png");
    }

    @Test
    void recognisesJpeg() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        assertThat(ImageTypes.detect(jpeg)).contains("image/jpeg");
    }

    @Test
    void recognisesGif() {
        assertThat(ImageTypes.detect("GIF89a....".getBytes(US_ASCII))).contains("image/gif");
    }

    @Test
    void recognisesWebp() {
        assertThat(ImageTypes.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(US_ASCII))).contains("image/webp");
    }

    @Test
    void rejectsARiffFileThatIsNotWebp() {
        assertThat(ImageTypes.detect("RIFF\0\0\0\0WAVEfmt ".getBytes(US_ASCII))).isEmpty();
    }

    @Test
    void rejectsSvg() {
        assertThat(ImageTypes.detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(US_ASCII))).isEmpty();
    }

    @Test
    void rejectsSvgWithAnXmlDeclaration() {
        assertThat(ImageTypes.detect("<?xml version=\"1.0\"?><svg/>".getBytes(US_ASCII))).isEmpty();
    }

    @Test
    void rejectsHtml() {
        assertThat(ImageTypes.detect("<!DOCTYPE html><script>x</script>".getBytes(US_ASCII))).isEmpty();
    }

    @Test
    void rejectsATruncatedPngSignature() {
        assertThat(ImageTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
    }

    @Test
    void rejectsNoBytes() {
        assertThat(ImageTypes.detect(new byte[0])).isEmpty();
    }
}
