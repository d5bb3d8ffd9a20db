/**
 * Pictures between the model and the render stages: where a picture written in a source is
 * ({@link news.coop.portal.image.ImagePaths}), its pixel size
 * ({@link news.coop.portal.image.PictureReader}), and the smaller copies made of photos for
 * {@code srcset} ({@link news.coop.portal.image.Resizer}), kept by {@link news.coop.portal.image.Pictures}
 * for a whole session and written into the site by the write stage.
 */
package news.coop.portal.image;
