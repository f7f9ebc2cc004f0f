/** English words of the Word documents and CSV files Hearth writes (summary, certificates, CPD log). */
export const documents = {}
