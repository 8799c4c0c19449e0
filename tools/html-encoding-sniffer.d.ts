/** Types for html-encoding-sniffer 6 (the package ships none): the WHATWG encoding-sniffing algorithm. */
declare module 'html-encoding-sniffer' {
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
